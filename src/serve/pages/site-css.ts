/**
 * The service's style sheet, served at `/static/site.css`: readable on a phone first (one
 * column, large touch targets), two columns (chart | table) from 900 px.
 */
export const SITE_CSS = `*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1e1e1e;line-height:1.5;background:#fafafa}
header{background:#003b80;color:#fff;padding:.75rem 1rem}header a{color:#fff}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center}nav .site{font-weight:700;font-size:1.1rem;margin-right:auto}
main{max-width:1150px;margin:0 auto;padding:1rem}
footer{max-width:1150px;margin:2rem auto;padding:0 1rem;color:#555;font-size:.85rem}
h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.2rem;margin-top:2rem}
a{color:#0050b3}a:focus,button:focus,input:focus,select:focus{outline:3px solid #ffbf47;outline-offset:1px}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}
form.search input[type=search]{flex:1 1 16rem;font-size:1rem;padding:.6rem;border:2px solid #003b80;border-radius:4px;min-width:0}
form.search select,form.search button{font-size:1rem;padding:.6rem 1rem;border-radius:4px}
form.search button{background:#003b80;color:#fff;border:0;cursor:pointer}
ul.results{list-style:none;padding:0}ul.results li{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.75rem;margin:.5rem 0}
.muted{color:#555;font-size:.9rem}
.key-figure{font-size:1.25rem;font-weight:600}
.chart-and-table{display:grid;grid-template-columns:1fr;gap:1rem;align-items:start}
@media (min-width:900px){.chart-and-table{grid-template-columns:3fr 2fr}.chart-and-table .table-wrap{max-height:560px;overflow-y:auto}.chart-and-table table{font-size:.8rem}}
figure{margin:0;background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem;min-width:0}
.table-wrap{overflow-x:auto;background:#fff;border:1px solid #ddd;border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.5rem}
th,td{border-bottom:1px solid #e3e3e3;padding:.35rem .5rem;text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}
th{background:#f2f2f2}
.note{background:#fff8e1;border-left:4px solid #f0b400;padding:.5rem .75rem;margin:1rem 0}
.oraccle-figure{width:100%}
`;
