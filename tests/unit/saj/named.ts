/**
 * The page readers as the guard UI shows their results: lib/saj reads which documents go to BNMP
 * (all the always-on script needs), lib/saj/kinds names them. Tests that check the names go through
 * these.
 */
import { documentsForAction as readDocuments } from '../../../lib/saj/documents';
import { findVisibleBnmpSigning as scan } from '../../../lib/saj/scan';
import { readSigningScreen as readScreen } from '../../../lib/saj/screen';
import { withKinds } from '../../../lib/saj/kinds';

export const documentsForAction = (...args: Parameters<typeof readDocuments>) => withKinds(readDocuments(...args));

export function findVisibleBnmpSigning(...args: Parameters<typeof scan>): ReturnType<typeof scan> {
  const found = scan(...args);
  return found && { ...found, documents: withKinds(found.documents) };
}

export function readSigningScreen(...args: Parameters<typeof readScreen>): ReturnType<typeof readScreen> {
  const screen = readScreen(...args);
  return { ...screen, documents: withKinds(screen.documents) };
}
