/**
 * vitest global set-up: the HTML tests open the rendered agreement in Debian's chromium. When
 * /usr/bin/chromium is missing, scripts/setup-test-env.sh installs it (apt-get; idempotent).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';

export default function setup(): void {
    if (existsSync(CHROMIUM)) {
        return;
    }
    const script = fileURLToPath(new URL('../../scripts/setup-test-env.sh', import.meta.url));
    execFileSync('sh', [script], { stdio: 'inherit', timeout: 900_000 });
}
