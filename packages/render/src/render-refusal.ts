/**
 * An agreement a format will not write, with a message that says why and what to do instead
 * (render it in another format, shorten it...). Not a bug: commands show the message and stop.
 */
export class RenderRefusedError extends Error { }
