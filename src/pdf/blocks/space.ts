// Blank lines between blocks: the blocks' own gaps already space them.
export function space(): void {}
