// What briefing an input needs: reading, analysis, the Markdown and PDF stages. The command line loads it only when it
// briefs in its own thread (src/cli-main.ts's loadEngine), so a batch's main thread, which parses the arguments and runs
// the worker threads, never loads it; in the build's bundle its modules run when it is first asked for.
export { briefInput, briefOne, writeAtomically } from './brief-task.js';
export { reviveTemplate } from './markdown/template.js';
export { outputOf } from './outputs.js';
