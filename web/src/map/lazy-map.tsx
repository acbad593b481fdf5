import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorldMapProps } from './world-map.tsx';

export type { MapPoint } from './world-map.tsx';

// The map, its drawing code and the country shapes load only when a page shows a map.
const WorldMap = lazy(() => import('./world-map.tsx'));

export function LazyMap(props: WorldMapProps) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <div className="map-box map-loading" style={{ height: props.height ?? 420 }} role="status">
          {t('map.loading')}
        </div>
      }
    >
      <WorldMap {...props} />
    </Suspense>
  );
}
