import { useEffect, useState } from 'react';

/** The reading aids Chinese city portals offer: a larger type size and an eye-care palette. */
export const FONT_SCALES = [100, 112, 125, 150] as const;

function stored<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function usePersistent<T>(key: string, fallback: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => stored(key, fallback));
  useEffect(() => localStorage.setItem(key, JSON.stringify(value)), [key, value]);
  return [value, setValue];
}

export function useReadingAids() {
  const [scale, setScale] = usePersistent<number>('amity.fontScale', 100);
  const [eyeCare, setEyeCare] = usePersistent<boolean>('amity.eyeCare', false);
  useEffect(() => {
    document.documentElement.style.fontSize = `${scale}%`;
  }, [scale]);
  useEffect(() => {
    document.documentElement.classList.toggle('eye-care', eyeCare);
  }, [eyeCare]);
  return { scale, setScale, eyeCare, setEyeCare };
}
