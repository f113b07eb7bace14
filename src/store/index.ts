export { createDocStore, DEFAULT_HISTORY_LIMIT, type DocState, type DocStore, type DocStoreOptions, type DispatchOptions } from './doc-store';
export { createCollabStore, type CollabStore, type CollabStoreOptions } from './collab-store';
