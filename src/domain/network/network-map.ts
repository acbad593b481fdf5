/**
 * GET /api/network/map: every public place and every tie in columns, for a map that draws them
 * all; ties are pairs of indices into the places. Coordinates are rounded to 4 decimals (about
 * 11 m); a place without coordinates has null in both. Shared by the server and the web app.
 */
export interface NetworkMap {
  places: {
    id: string[];
    /** The standard name (English where known). */
    name: string[];
    /** The Chinese name where the registry knows one, else null. */
    nameZh: (string | null)[];
    country: string[];
    lat: (number | null)[];
    lng: (number | null)[];
    /** Partners on the map: a tie to a place kept internal is left out with it. */
    degree: number[];
    registry: boolean[];
  };
  ties: number[];
  /** For each tie, whether the registry records it too. */
  tieInRegistry: boolean[];
}
