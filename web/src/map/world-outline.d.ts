/** Made by the build (web/vite.config.ts): the land and the borders between countries, as SVG paths in the map's projected coordinates. */
declare module 'virtual:amity/world-outline' {
  export const LAND: string;
  export const BORDERS: string;
}
