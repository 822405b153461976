// A TurnWorker in a process of its own (the built package), for `npm run bench:queue`.
// argv[2]: the worker's options as JSON. Prints "ready"; SIGTERM closes it.
import { TurnWorker } from "../dist/queue/index.js";

const worker = new TurnWorker(JSON.parse(process.argv[2]));
await worker.ready();
process.stdout.write("ready\n");
process.once("SIGTERM", () => void worker.close().then(() => process.exit(0)));
