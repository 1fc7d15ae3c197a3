export async function main(_argv: string[]): Promise<void> {
  throw new Error('not built yet');
}
