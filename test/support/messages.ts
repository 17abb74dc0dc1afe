// How a message reads in the Problems panel, which cuts long ones: its first sentence.

/** The first sentence: up to the first full stop followed by a space (or the end), outside quotation marks. */
export function leadOf(message: string): string {
  let quoted = false;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === '"') quoted = !quoted;
    else if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (c === '.' && !quoted && (i === message.length - 1 || message[i + 1] === ' ')) return message.slice(0, i + 1);
  }
  return message;
}
