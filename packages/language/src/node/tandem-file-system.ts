/**
 * The file system of a language server on Node: Langium's, except that `.tandem` files are
 * decoded as the command line decodes them (`decodeTandemSource`): UTF-16 with a byte-order mark
 * is read as such, and a file that is not valid UTF-8 is read with U+FFFD for the bad bytes and
 * its problem recorded (../workspace/source-problems.ts), so that the editor shows one located
 * error for it instead of wrong text or hundreds of "Unexpected character" errors.
 */
import * as fs from 'node:fs';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { recordSourceProblem } from '../workspace/source-problems.js';
import { decodeTandemSource, SourceEncodingError } from './text-encoding.js';

export class TandemNodeFileSystemProvider extends NodeFileSystemProvider {

    override async readFile(uri: URI): Promise<string> {
        return uri.path.endsWith('.tandem') ? this.decode(uri, await fs.promises.readFile(uri.fsPath)) : super.readFile(uri);
    }

    override readFileSync(uri: URI): string {
        return uri.path.endsWith('.tandem') ? this.decode(uri, fs.readFileSync(uri.fsPath)) : super.readFileSync(uri);
    }

    private decode(uri: URI, bytes: Uint8Array): string {
        try {
            const { text } = decodeTandemSource(bytes);
            recordSourceProblem(uri.toString(), undefined);
            return text;
        } catch (error) {
            if (!(error instanceof SourceEncodingError)) {
                throw error;
            }
            const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '');
            recordSourceProblem(uri.toString(), { line: error.line, column: error.column, message: error.message, text });
            return text;
        }
    }
}

/** Langium's `NodeFileSystem` module with Tandem's decoding of `.tandem` files. */
export const TandemNodeFileSystem = {
    fileSystemProvider: () => new TandemNodeFileSystemProvider()
};
