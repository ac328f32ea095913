/**
 * What the kiosk window shows while its own page cannot be loaded: a calm, self-contained page in
 * Indonesian and English, with no script and nothing to fetch, so it shows even when the app's
 * files are unreadable. It carries no error text; the reason is in the log. A `data:` URL is loaded
 * by main only (the navigation rules refuse it to the page).
 */
const PAGE = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>Batik Kiosk</title>
<style>
html,body{height:100%;margin:0;background:#1b1410;color:#f3e9dc;font-family:"Noto Sans",sans-serif}
body{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;text-align:center}
p{margin:0;font-size:40px}p[lang=en]{font-size:28px;opacity:.75}
</style></head>
<body><p>Sebentar, kios sedang disiapkan.</p><p lang="en">One moment, the kiosk is getting ready.</p></body>
</html>`;

export const PLACEHOLDER_URL = `data:text/html;charset=utf-8,${encodeURIComponent(PAGE)}`;
