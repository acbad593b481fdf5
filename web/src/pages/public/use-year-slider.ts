import { useEffect, useState } from 'react';

/** The 'as of' year, and a player that steps through the years from the first tie to today. */
export function useYearSlider(first: number | null, last: number) {
  const [year, setYear] = useState(last);
  const [playing, setPlaying] = useState(false);
  useEffect(() => setYear(last), [last]);
  useEffect(() => {
    if (!playing || first === null) return;
    const timer = setInterval(() => {
      setYear((y) => {
        if (y >= last) {
          setPlaying(false);
          return last;
        }
        return y + 1;
      });
    }, 700);
    return () => clearInterval(timer);
  }, [playing, first, last]);
  const play = () => {
    if (first !== null && year >= last) setYear(first);
    setPlaying(true);
  };
  return { year, setYear, playing, play, stop: () => setPlaying(false) };
}
