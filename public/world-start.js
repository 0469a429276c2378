// Runs first, at document_start, before the page has any markup: it only makes the extension's
// isolated world exist early. Chromium binds `chrome` on that world's global when the world is
// created; created later, on a page with <form name="chrome"> (DOM clobbering), the page's
// element shadows it and the extension API cannot be reached. Nothing else happens here.
void 0;
