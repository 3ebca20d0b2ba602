/** "Dân vận khéo" models, as kept in the Ban Dân vận's registry. */
export interface EmulationField {
  readonly code: string;
  readonly name: string;
}

export type ModelLevel = 'xa' | 'huyen' | 'tinh' | 'co_quan';

export interface EmulationModel {
  readonly id: string;
  readonly name: string;
  /** District-level unit the model belongs to. */
  readonly unitCode: string;
  readonly communeCode: string | null;
  readonly fieldCode: string;
  readonly level: ModelLevel;
  readonly yearRegistered: number;
  /** Year it was recognised as effective, null while not recognised. */
  readonly yearRecognised: number | null;
  /** Year it was named exemplary (tiêu biểu), null when never. */
  readonly yearExemplary: number | null;
  readonly timesReplicated: number;
  readonly commendation: string | null;
}
