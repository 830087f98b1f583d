import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Node } from '@krisenfest/core';
import { Bundesland, MunicipalityKind } from './municipality.entity';

registerEnumType(MunicipalityKind, {
  name: 'MunicipalityKind',
  valuesMap: {
    GEMEINDE: { description: 'Gemeinde' },
    STADT: { description: 'Stadt (kreisangehörig)' },
    GROSSE_KREISSTADT: { description: 'Große Kreisstadt' },
    KREISFREIE_STADT: { description: 'Kreisfreie Stadt' },
    LANDKREIS: { description: 'Landkreis / Kreis' },
    VERBANDSGEMEINDE: { description: 'Verbandsgemeinde' },
    AMT: { description: 'Amt' },
    SAMTGEMEINDE: { description: 'Samtgemeinde' },
    STADTSTAAT: { description: 'Stadtstaat (Berlin, Hamburg, Bremen)' },
  },
});

registerEnumType(Bundesland, {
  name: 'Bundesland',
  description: 'The 16 Länder by ISO 3166-2:DE code.',
  valuesMap: {
    BW: { description: 'Baden-Württemberg' },
    BY: { description: 'Bayern' },
    BE: { description: 'Berlin' },
    BB: { description: 'Brandenburg' },
    HB: { description: 'Bremen' },
    HH: { description: 'Hamburg' },
    HE: { description: 'Hessen' },
    MV: { description: 'Mecklenburg-Vorpommern' },
    NI: { description: 'Niedersachsen' },
    NW: { description: 'Nordrhein-Westfalen' },
    RP: { description: 'Rheinland-Pfalz' },
    SL: { description: 'Saarland' },
    SN: { description: 'Sachsen' },
    ST: { description: 'Sachsen-Anhalt' },
    SH: { description: 'Schleswig-Holstein' },
    TH: { description: 'Thüringen' },
  },
});

@ObjectType('Municipality', { implements: () => [Node], description: 'A Gemeinde, Stadt or Landkreis.' })
export class MunicipalityModel extends Node {
  @Field() name: string;
  @Field(() => MunicipalityKind) kind: MunicipalityKind;
  @Field(() => String, {
    nullable: true,
    description: 'Amtlicher Gemeindeschlüssel (8 digits) or Kreisschlüssel (5 digits); null where not known.',
  })
  officialKey: string | null;
  @Field(() => Bundesland) state: Bundesland;
  @Field(() => Int, { nullable: true }) population: number | null;
}

@ObjectType()
export class MunicipalityConnection extends ConnectionType(MunicipalityModel, 'Municipality') {}
