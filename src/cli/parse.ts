export async function parseCommand(_args: string[]): Promise<void> { throw new Error('Chưa có') }
