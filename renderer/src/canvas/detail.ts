/**
 * How much the cards draw at the current zoom (src/layout cardDetail). A context rather than node
 * data: crossing the threshold re-renders the cards once, without rebuilding every node object.
 */
import { createContext } from 'react';
import type { CardDetail } from '../../../src/layout';

export const CardDetailContext = createContext<CardDetail>('full');
