import { useEffect, useRef, type ReactNode } from 'react';

/** A screen's title; focus lands on it when the screen appears, so a screen reader starts there. */
export function Heading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
