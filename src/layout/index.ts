export {
  GRID,
  layoutGrid,
  reuseLayout,
  lineBetween,
  cellAt,
  nearestCell,
  neighbourCell,
  dropTarget,
  emotionY,
  type BlueprintLine,
  type GridLayout,
  type StageBox,
  type LaneBox,
  type CardBox,
  type LineBox,
  type CellHit,
  type DropTarget,
} from './grid';
export { levelGlyph, painGlyph, type Glyph, type GlyphFill } from './glyphs';
export {
  TYPE,
  ZOOM,
  freeArea,
  fitViewport,
  openingViewport,
  revealCard,
  cardDetail,
  stageHeaderDetail,
  laneHeaderDetail,
  type Viewport,
  type Insets,
  type CanvasArea,
  type CardDetail,
  type HeaderDetail,
} from './viewport';
export { createRouter, routePath, LABEL_HEIGHT, LABEL_CLEARANCE, type Point, type LinkRoute } from './routes';
export { newCardCell } from './placement';
