export {
  GRID,
  layoutGrid,
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
