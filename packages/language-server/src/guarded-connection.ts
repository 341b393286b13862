/**
 * The connection over standard input and output, guarded against a broken stream. After a
 * message whose Content-Length is too short, the rest of its body is read as the next message's
 * header, and every message after it fails the same way: the server would never answer again,
 * silently. A framing error therefore ends the server with the reason on standard error (the
 * client shows it and starts a new server). A well-framed message that is not valid JSON is only
 * that message's problem: the server goes on.
 */
import type { Connection } from 'vscode-languageserver/node';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

/** The exit status when the stream cannot be framed any more. */
export const FRAMING_EXIT_STATUS = 3;

const FRAMING_ERRORS = /Header must provide a Content-Length|Content-Length value must be a number|must separate key and value/;

export function createGuardedConnection(argv: readonly string[] = process.argv): Connection {
    if (!argv.includes('--stdio')) {
        return createConnection(ProposedFeatures.all);
    }
    const reader = new StreamMessageReader(process.stdin);
    reader.onError(error => {
        if (FRAMING_ERRORS.test(error.message)) {
            process.stderr.write(`tandem-language-server: the messages from the client cannot be read any more (${error.message.split('\n')[0]}; `
                + 'a message\'s Content-Length did not match its body); exiting so that the client starts a new server\n');
            process.exit(FRAMING_EXIT_STATUS);
        }
    });
    return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}
