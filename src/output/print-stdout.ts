// One whole output for stdout, for commands that print a single result; a reader that went away
// (`| head`) ends it quietly, like StdoutSink.
import { StdoutSink } from './stdout-sink.js';

export async function printStdout(text: string): Promise<void> {
  const stdout = new StdoutSink();
  stdout.write(text);
  await stdout.drained();
}
