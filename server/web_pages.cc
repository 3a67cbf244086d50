#include "server/web_pages.h"

#include <algorithm>

#include "catalog/model/ckan_codec.h"
#include "catalog/model/schema.h"
#include "server/html.h"
#include "server/web_labels.h"

namespace khonha::server {
namespace {

constexpr uint64_t kPageSize = 20;
constexpr uint64_t kMaxPage = 500;
constexpr int64_t kFacetItems = 10;

using Params = std::vector<std::pair<std::string, std::string>>;

void PageStart(HtmlWriter& h, std::string_view title, std::string_view q) {
  h.Markup("<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<link rel=\"stylesheet\" href=\"/static/khonha.css\"><title>")
      .Text(title)
      .Markup(" · ค้นหา khonha</title></head><body><header class=\"top\">"
              "<a class=\"brand\" href=\"/\">ค้นหา <small>khonha</small></a>"
              "<form class=\"search\" action=\"/dataset\" method=\"get\" role=\"search\">")
      .Open("input", {{"type", "search"}, {"name", "q"}, {"value", q},
                      {"placeholder", "ค้นหาชุดข้อมูล เช่น ท่องเที่ยว, PM2.5, งบประมาณ"},
                      {"aria-label", "ค้นหาชุดข้อมูล"}})
      .Markup("<button type=\"submit\">ค้นหา</button></form></header><main>");
}

void PageEnd(HtmlWriter& h) {
  h.Markup("</main><footer>ข้อมูลจากแคตตาล็อกข้อมูลเปิด · "
           "<a href=\"/api/3/action/package_search\">CKAN API</a></footer></body></html>");
}

HttpResponse Html(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  r.content_type = "text/html;charset=utf-8";
  r.body = std::move(body);
  return r;
}

HttpResponse ErrorPage(int status, std::string_view message) {
  HtmlWriter h;
  PageStart(h, message, "");
  h.Element("h1", {}, message).Markup("<p><a href=\"/\">กลับหน้าแรก</a></p>");
  PageEnd(h);
  return Html(status, h.Finish());
}

std::string DisplayValue(std::string_view field, const std::string& value) {
  if (field == "high_value_dataset" || field == "official_statistics" || field == "reference_data") {
    if (value == "1" || value == "True" || value == "true") return "ใช่";
    if (value == "0" || value == "False" || value == "false") return "ไม่ใช่";
  }
  return value;
}

// fq term matching one exact value.
std::string ExactFilter(const std::string& field, const std::string& value) {
  std::string quoted;
  for (char c : value) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return field + ":\"" + quoted + "\"";
}

// A snippet with its query words in <mark>; every piece of text is escaped.
void MarkedText(HtmlWriter& h, const analyzers::Snippet& snippet) {
  const std::string_view text = snippet.text;
  if (snippet.cut_before) h.Markup("…");
  size_t at = 0;
  for (const auto& r : snippet.highlights) {
    if (r.begin < at || r.end > text.size() || r.begin > r.end) continue;
    h.Text(text.substr(at, r.begin - at)).Markup("<mark>").Text(text.substr(r.begin, r.end - r.begin)).Markup("</mark>");
    at = r.end;
  }
  h.Text(text.substr(at));
  if (snippet.cut_after) h.Markup("…");
}

std::string SearchUrl(const Params& params) { return "/dataset" + QueryString(params); }

Params Without(const Params& params, const std::string& key, const std::string& value = "") {
  Params out;
  for (const auto& p : params) {
    if (p.first == key && (value.empty() || p.second == value)) continue;
    out.push_back(p);
  }
  return out;
}

}  // namespace

HttpResponse WebPages::Search(const HttpRequest& request) {
  search::SearchRequest req;
  Params kept;  // the parameters that define this page, for building links
  uint64_t page = 1;
  std::string q, sort;
  for (const auto& [k, v] : request.query) {
    if (k == "q") {
      q = v;
    } else if (k == "sort") {
      if (v == "metadata_modified desc" || v == "title_string asc") sort = v;
    } else if (k == "page") {
      page = std::clamp<uint64_t>(std::strtoull(v.c_str(), nullptr, 10), 1, kMaxPage);
    } else if (catalog::FacetIndex(k) >= 0 && !v.empty()) {
      req.fq.push_back(ExactFilter(k, v));
      kept.emplace_back(k, v);
    }
  }
  if (!q.empty()) kept.insert(kept.begin(), {"q", q});
  if (!sort.empty()) kept.emplace_back("sort", sort);
  req.q = q;
  req.sort = sort;
  req.rows = kPageSize;
  req.start = (page - 1) * kPageSize;
  for (auto f : kWebFacets) req.facet_fields.emplace_back(f);
  req.facet_limit = kFacetItems;
  req.highlight = !q.empty();

  auto searcher = search_.ThreadSearcher();
  if (!searcher.ok()) return ErrorPage(503, "ระบบค้นหายังไม่พร้อม กรุณาลองใหม่อีกครั้ง");
  auto resp = (*searcher)->Search(req);
  HtmlWriter h;
  PageStart(h, q.empty() ? "ชุดข้อมูลทั้งหมด" : q, q);
  if (!resp.ok()) {
    h.Markup("<p class=\"error\">คำค้นไม่ถูกต้อง: ").Text(resp.status().message()).Markup("</p>");
    PageEnd(h);
    return Html(400, h.Finish());
  }
  const auto& gen = (*searcher)->generation();

  h.Markup("<div class=\"layout\"><aside class=\"facets\">");
  for (const auto& fr : resp->facets) {
    if (fr.items.empty()) continue;
    const FieldLabel label = LabelOf(fr.field);
    h.Markup("<details open><summary>").Text(label.th).Markup("</summary><ul>");
    for (const auto& item : fr.items) {
      const bool active = std::find(kept.begin(), kept.end(), std::pair(fr.field, item.name)) != kept.end();
      Params next = active ? Without(kept, fr.field, item.name) : kept;
      if (!active) next.emplace_back(fr.field, item.name);
      h.Markup("<li>").Open("a", {{"href", SearchUrl(next)}, {"class", active ? "on" : ""}})
          .Text(DisplayValue(fr.field, item.display_name))
          .Markup("</a> <span class=\"n\">").Text(std::to_string(item.count)).Markup("</span></li>");
    }
    h.Markup("</ul></details>");
  }
  h.Markup("</aside><section class=\"results\">");

  h.Markup("<div class=\"summary\"><p>พบ <strong>").Text(std::to_string(resp->count))
      .Markup("</strong> ชุดข้อมูล</p><nav class=\"sort\">");
  const std::pair<const char*, const char*> sorts[] = {
      {"", "ตรงที่สุด"}, {"metadata_modified desc", "ปรับปรุงล่าสุด"}, {"title_string asc", "ชื่อ ก–ฮ"}};
  for (const auto& [value, text] : sorts) {
    Params next = Without(kept, "sort");
    if (*value) next.emplace_back("sort", value);
    h.Open("a", {{"href", SearchUrl(next)}, {"class", sort == value ? "on" : ""}}).Text(text).Close("a");
  }
  h.Markup("</nav></div>");

  // Active filters, each removable.
  bool any_filter = false;
  for (const auto& [k, v] : kept) {
    if (k == "q" || k == "sort") continue;
    if (!any_filter) h.Markup("<p class=\"chips\">");
    any_filter = true;
    h.Open("a", {{"href", SearchUrl(Without(kept, k, v))}, {"class", "chip"}})
        .Text(std::string(LabelOf(k).th) + ": " + DisplayValue(k, gen.DisplayName(k, v)))
        .Markup(" ✕</a> ");
  }
  if (any_filter) h.Markup("</p>");

  h.Markup("<ol class=\"hits\">");
  for (size_t i = 0; i < resp->records.size(); ++i) {
    auto d = catalog::ParsePackage(resp->records[i]);
    if (!d.ok()) continue;
    const search::SearchResponse::Highlights* marks =
        i < resp->highlights.size() ? &resp->highlights[i] : nullptr;
    const std::string title = d->title.empty() ? d->name : d->title;
    h.Markup("<li><h2>").Open("a", {{"href", "/dataset/" + EncodeQueryComponent(d->name.empty() ? d->id : d->name)}});
    if (marks && !marks->title.text.empty()) {
      MarkedText(h, marks->title);
    } else {
      h.Text(title);
    }
    h.Markup("</a></h2><p class=\"org\">")
        .Text(d->organization.title.empty() ? d->organization.name : d->organization.title)
        .Markup("</p>");
    if (marks && !marks->notes.text.empty()) {
      h.Markup("<p class=\"notes\">");
      MarkedText(h, marks->notes);
      h.Markup("</p>");
    } else {
      std::string notes = d->notes.substr(0, 600);
      while (!notes.empty() && (static_cast<unsigned char>(notes.back()) & 0xC0) == 0x80) notes.pop_back();
      if (!notes.empty() && (static_cast<unsigned char>(notes.back()) & 0x80)) notes.pop_back();
      if (!notes.empty()) h.Markup("<p class=\"notes\">").Text(notes).Markup(d->notes.size() > 600 ? "…</p>" : "</p>");
    }
    h.Markup("<p class=\"meta\">");
    std::vector<std::string> formats;
    for (const auto& r : d->resources) {
      if (!r.format.empty() && std::find(formats.begin(), formats.end(), r.format) == formats.end()) {
        formats.push_back(r.format);
        h.Element("span", {{"class", "fmt"}}, r.format);
      }
    }
    if (!d->metadata_modified.empty()) {
      h.Markup(" <span class=\"date\">ปรับปรุง ").Text(d->metadata_modified.substr(0, 10)).Markup("</span>");
    }
    h.Markup("</p></li>");
  }
  h.Markup("</ol>");
  if (resp->count == 0) h.Markup("<p class=\"empty\">ไม่พบชุดข้อมูลที่ตรงกับคำค้น ลองใช้คำที่สั้นลงหรือเอาตัวกรองออก</p>");

  // Pager.
  const uint64_t pages = std::min<uint64_t>(kMaxPage, (resp->count + kPageSize - 1) / kPageSize);
  if (pages > 1) {
    h.Markup("<nav class=\"pager\">");
    auto link = [&](uint64_t p, const std::string& text) {
      Params next = Without(kept, "page");
      if (p > 1) next.emplace_back("page", std::to_string(p));
      h.Open("a", {{"href", SearchUrl(next)}, {"class", p == page ? "on" : ""}}).Text(text).Close("a");
    };
    if (page > 1) link(page - 1, "‹ ก่อนหน้า");
    for (uint64_t p = std::max<uint64_t>(1, page > 3 ? page - 3 : 1); p <= std::min(pages, page + 3); ++p) {
      link(p, std::to_string(p));
    }
    if (page < pages) link(page + 1, "ถัดไป ›");
    h.Markup("</nav>");
  }
  h.Markup("</section></div>");
  PageEnd(h);
  return Html(200, h.Finish());
}

HttpResponse WebPages::Dataset(const HttpRequest&, const std::string& id_or_name) {
  auto searcher = search_.ThreadSearcher();
  if (!searcher.ok()) return ErrorPage(503, "ระบบค้นหายังไม่พร้อม กรุณาลองใหม่อีกครั้ง");
  auto record = (*searcher)->GetRecord(id_or_name, search::SearchRequest{});
  if (!record.ok()) {
    if (record.status().code() == Code::kPermissionDenied) return ErrorPage(403, "ไม่มีสิทธิ์เข้าถึงชุดข้อมูลนี้");
    return ErrorPage(404, "ไม่พบชุดข้อมูล");
  }
  auto d = catalog::ParsePackage(*record);
  if (!d.ok()) return ErrorPage(500, "เกิดข้อผิดพลาดภายใน");
  const auto& gen = (*searcher)->generation();
  const std::string title = d->title.empty() ? d->name : d->title;

  HtmlWriter h;
  PageStart(h, title, "");
  h.Markup("<article class=\"dataset\"><p class=\"crumbs\"><a href=\"/dataset\">ชุดข้อมูล</a> › ");
  if (!d->organization.name.empty()) {
    h.Element("a", {{"href", SearchUrl({{"organization", d->organization.name}})}},
              d->organization.title.empty() ? d->organization.name : d->organization.title);
  }
  h.Markup("</p>").Element("h1", {}, title);
  if (!d->notes.empty()) h.Markup("<div class=\"notes\">").Paragraphs(d->notes).Markup("</div>");

  if (!d->tags.empty()) {
    h.Markup("<p class=\"tags\">");
    for (const auto& t : d->tags) h.Element("a", {{"href", SearchUrl({{"tags", t}})}, {"class", "chip"}}, t);
    h.Markup("</p>");
  }

  h.Markup("<h2>ทรัพยากร (").Text(std::to_string(d->resources.size())).Markup(")</h2><ul class=\"resources\">");
  for (const auto& r : d->resources) {
    std::string href = r.url;
    if (r.url_type == "upload") {
      const std::string file = r.url.substr(r.url.find_last_of('/') + 1);
      href = "/dataset/" + EncodeQueryComponent(d->id) + "/resource/" + EncodeQueryComponent(r.id) +
             "/download/" + EncodeQueryComponent(file);
    }
    h.Markup("<li>").Element("span", {{"class", "fmt"}}, r.format.empty() ? "?" : r.format).Markup(" ");
    const bool safe_link = r.url_type == "upload" || href.rfind("https://", 0) == 0 || href.rfind("http://", 0) == 0;
    if (safe_link) {
      h.Element("a", {{"href", href}, {"rel", "nofollow noopener"}}, r.name.empty() ? href : r.name);
    } else {
      h.Text(r.name);
    }
    if (!r.description.empty()) h.Markup("<br><small>").Text(r.description).Markup("</small>");
    h.Markup("</li>");
  }
  h.Markup("</ul><h2>ข้อมูลตามมาตรฐาน (GD-Catalog)</h2><table class=\"fields\">");
  auto row = [&h](std::string_view field, const std::string& value) {
    if (value.empty()) return;
    const FieldLabel l = LabelOf(field);
    h.Markup("<tr><th>").Text(l.th).Markup("<br><small>").Text(l.en).Markup("</small></th><td>").Text(value).Markup("</td></tr>");
  };
  row("organization", d->organization.title.empty() ? d->organization.name : d->organization.title);
  for (auto field : kWebGdcFields) {
    std::string joined;
    for (const auto& v : d->GdcValues(field)) joined += (joined.empty() ? "" : ", ") + DisplayValue(field, v);
    row(field, joined);
  }
  row("license_id", gen.DisplayName("license_id", d->license_id));
  row("maintainer", d->maintainer);
  row("maintainer_email", d->maintainer_email);
  row("metadata_created", d->metadata_created.substr(0, 10));
  row("metadata_modified", d->metadata_modified.substr(0, 10));
  h.Markup("</table><p class=\"api\">")
      .Element("a", {{"href", "/api/3/action/package_show?id=" + EncodeQueryComponent(d->id)}},
               "ดูข้อมูลนี้ผ่าน API (JSON)")
      .Markup("</p></article>");
  PageEnd(h);
  return Html(200, h.Finish());
}

}  // namespace khonha::server
