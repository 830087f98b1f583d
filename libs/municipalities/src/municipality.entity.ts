import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum MunicipalityKind {
  GEMEINDE = 'GEMEINDE',
  STADT = 'STADT',
  GROSSE_KREISSTADT = 'GROSSE_KREISSTADT',
  KREISFREIE_STADT = 'KREISFREIE_STADT',
  LANDKREIS = 'LANDKREIS',
  VERBANDSGEMEINDE = 'VERBANDSGEMEINDE',
  AMT = 'AMT',
  SAMTGEMEINDE = 'SAMTGEMEINDE',
  STADTSTAAT = 'STADTSTAAT',
}

/** The 16 Länder by their ISO 3166-2:DE codes. */
export enum Bundesland {
  BW = 'BW',
  BY = 'BY',
  BE = 'BE',
  BB = 'BB',
  HB = 'HB',
  HH = 'HH',
  HE = 'HE',
  MV = 'MV',
  NI = 'NI',
  NW = 'NW',
  RP = 'RP',
  SL = 'SL',
  SN = 'SN',
  ST = 'ST',
  SH = 'SH',
  TH = 'TH',
}

/** A Gemeinde, Stadt or Landkreis, identified by its official key (AGS, or the 5-digit Kreis key). */
@Entity()
@Index(['sortName', 'id'])
@Check('official_key_format', `official_key IS NULL OR official_key ~ '^([0-9]{5}|[0-9]{8})$'`)
export class Municipality {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('text') name: string;

  /** The name as German readers sort it (DIN 5007: Ä like A, ß like ss), whatever the database collation. */
  @Column({
    type: 'text',
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `lower(replace(translate(name, 'ÄÖÜäöü', 'AOUaou'), 'ß', 'ss'))`,
  })
  sortName: string;

  @Column({ type: 'enum', enum: MunicipalityKind, enumName: 'municipality_kind' }) kind: MunicipalityKind;

  /** Amtlicher Gemeindeschlüssel (8 digits) or Kreisschlüssel (5 digits); empty where not known for sure. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 8, nullable: true })
  officialKey: string | null;

  @Column({ type: 'enum', enum: Bundesland, enumName: 'bundesland' }) state: Bundesland;

  /** The Landkreis a Gemeinde belongs to. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Municipality;

  @Column({ type: 'integer', nullable: true }) population: number | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
