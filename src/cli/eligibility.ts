export async function eligibilityCommand(_args: string[]): Promise<void> { throw new Error('Chưa có') }
