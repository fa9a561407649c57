import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { projectorFontReady, measureText } from '../../../projector/measure-text.ts';
import { planProjector, type PlannedCard, type ProjectorPlan } from '../../../projector/plan-layout.ts';

/** The rule of thumb for the back of a ballroom: capitals 24 px tall on a 1024×768 screen. */
export const MIN_CAP_HEIGHT_PX = 24;
const REFERENCE = { width: 1024, height: 768 };
/** Noto Sans: capitals are 714/1000 of the font size (0.71 keeps rounding on the safe side). */
export const CAP_RATIO = 0.71;

/**
 * Plans the projector for the stage's size: groups per page, grid, text size. The floor scales
 * with the window (the same share of the picture on any projector) and with the zoom. After the
 * page is drawn it checks that every group's cards fit their box; where the browser set the text
 * a little wider than measured, it plans again with a little less room, so nothing is ever cut.
 */
export function useProjectorPlan(stage: RefObject<HTMLElement | null>, groups: ReadonlyArray<{ cards: PlannedCard[] }>, zoom: number, contentKey: string) {
  const size = useStageSize(stage);
  const fontsReady = useFontsReady();
  const [tightness, setTightness] = useState({ key: '', value: 1 });
  const sizeKey = `${size.width}x${size.height}|${zoom}|${contentKey}|${fontsReady}`;
  const squeeze = tightness.key === sizeKey ? tightness.value : 1;

  const plan = useMemo<ProjectorPlan | null>(() => {
    if (size.width === 0 || size.height === 0) return null;
    const scale = Math.min(window.innerWidth / REFERENCE.width, window.innerHeight / REFERENCE.height);
    return planProjector({ width: size.width, height: size.height * squeeze, groups, measure: measureText, minCapHeight: MIN_CAP_HEIGHT_PX * scale * zoom, capRatio: CAP_RATIO });
    // The groups change with `contentKey`; fonts change what `measureText` answers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [size.width, size.height, squeeze, zoom, contentKey, fontsReady]);

  /** Called after drawing with whether some group's cards overflow their box. */
  const overflowed = (overflows: boolean) => {
    if (overflows && squeeze > 0.7) setTightness({ key: sizeKey, value: squeeze * 0.96 });
  };
  return { plan, size: { width: size.width, height: size.height * squeeze }, overflowed };
}

function useStageSize(stage: RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = stage.current;
    if (!element) return;
    const read = () => setSize((old) => (old.width === element.clientWidth && old.height === element.clientHeight ? old : { width: element.clientWidth, height: element.clientHeight }));
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [stage]);
  return size;
}

/** Becomes true once the bundled font is loaded, so text is measured in the font it is drawn in. */
function useFontsReady(): boolean {
  const [ready, setReady] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    void projectorFontReady().then(() => mounted.current && setReady(true));
    return () => {
      mounted.current = false;
    };
  }, []);
  return ready;
}
