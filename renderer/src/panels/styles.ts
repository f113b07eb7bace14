/**
 * The panels' stylesheet and the Chinese UI font (the browser build cannot count on a CJK system
 * font; @fontsource's unicode-range slices mean only the glyphs on screen are fetched).
 */
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './panels.css';
