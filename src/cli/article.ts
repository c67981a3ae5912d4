/** Entry point of `npm run article -- <command>`; see ./commands.ts. */
import { main } from './commands';

// A reader closing the pipe early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
process.exitCode = main(process.argv.slice(2));
