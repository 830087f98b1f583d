export async function printSchema(_file?: string): Promise<void> {}
