/** Why a row of the file could not become a tie. */
export type UnresolvedReason = 'malformed_row' | 'missing_name' | 'missing_country' | 'unknown_country' | 'same_place';

export interface Unresolved {
  row: number;
  reason: UnresolvedReason;
  detail: string;
}

/** Coordinates the importer did not believe, and what it did instead. */
export type CoordinateFlagReason =
  | 'zero_coordinates'
  | 'invalid_coordinates'
  | 'swapped_coordinates'
  | 'far_from_country'
  | 'far_from_parent';

export interface CoordinateFlag {
  row: number;
  side: 1 | 2;
  reason: CoordinateFlagReason;
  detail: string;
}

/** What an import of the network did; every unresolved row is listed with its reason. */
export interface NetworkImportReport {
  source: { id: string; name: string };
  rows: number;
  rowsResolved: number;
  distinctTies: number;
  ties: { created: number; updated: number; unchanged: number };
  places: {
    distinct: number;
    created: number;
    matchedRegistry: number;
    matchedNetwork: number;
    matchedGazetteer: number;
  };
  mergedDuplicates: number;
  flaggedCoordinates: number;
  unresolvedRows: number;
  unresolved: Unresolved[];
  flags: CoordinateFlag[];
}
