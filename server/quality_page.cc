#include "server/quality_page.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "catalog/model/quality_codec.h"
#include "catalog/search/index_layout.h"
#include "server/html.h"

namespace khonha::server {
namespace {

std::string Percent(double p) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", p);
  return buf;
}

std::string Num(uint64_t n) { return std::to_string(n); }

HttpResponse Plain(int status, std::string text) {
  HttpResponse r;
  r.status = status;
  r.content_type = "text/plain;charset=utf-8";
  r.body = std::move(text);
  return r;
}

void RecordRows(HtmlWriter& h, const std::vector<catalog::RecordQuality>& records) {
  h.Markup("<table class=\"records\"><thead><tr><th>ชุดข้อมูล / Dataset</th><th>หน่วยงาน / Agency</th>"
           "<th>Errors</th><th>Findings</th></tr></thead><tbody>");
  for (const auto& r : records) {
    h.Markup("<tr><td>");
    h.Element("a", {{"href", "/dataset/" + r.name}}, r.title.empty() ? r.name : r.title);
    h.Markup("<br><small>").Text(r.origin.empty() ? r.id : r.origin).Markup("</small></td><td>");
    h.Text(r.agency).Markup("</td><td>").Text(Num(r.errors)).Markup("</td><td><ul>");
    for (const auto& f : r.findings) {
      h.Open("li", {{"class", catalog::SeverityName(f.severity)}}).Text(f.message).Close("li");
    }
    h.Markup("</ul></td></tr>");
  }
  h.Markup("</tbody></table>");
}

}  // namespace

std::string RenderQualityHtml(const catalog::QualityReport& r, uint64_t generation) {
  HtmlWriter h;
  h.Markup("<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>คุณภาพเมทาดาตา — GD-Catalog conformance</title><style>"
           "body{font-family:sans-serif;margin:1rem;max-width:70rem}"
           "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}"
           "td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}"
           ".bar{background:#eee;width:8rem;height:.8rem;display:inline-block}"
           ".bar span{background:#2a7;height:100%;display:block}"
           "li.error{color:#a00}li.warning{color:#850}"
           "</style></head><body>");
  h.Markup("<h1>คุณภาพเมทาดาตาตามมาตรฐาน GD-Catalog</h1><p>");
  h.Text(Num(r.conforming) + " / " + Num(r.records) + " ชุดข้อมูลไม่มีข้อผิดพลาด (" +
         Percent(r.ConformancePercent()) + " conform) · generation " + Num(generation) +
         " · " + r.generated_at);
  if (r.rejected) h.Text(" · " + Num(r.rejected) + " records could not be read");
  h.Markup("</p><p><a href=\"/stats/quality?format=json\">JSON</a></p>");

  h.Markup("<h2>รายหน่วยงาน / By agency</h2><table><thead><tr><th>หน่วยงาน / Agency</th>"
           "<th>Conformance</th><th>Records</th><th>Errors</th><th>Warnings</th>"
           "<th>Fields most affected</th></tr></thead><tbody>");
  for (const auto& a : r.agencies) {
    h.Markup("<tr><td>").Text(a.agency).Markup("</td><td>");
    const std::string width = "width:" + std::to_string(static_cast<int>(a.ConformancePercent())) + "%";
    h.Markup("<span class=\"bar\">").Open("span", {{"style", width}}).Close("span").Markup("</span> ");
    h.Text(Percent(a.ConformancePercent())).Markup("</td><td>").Text(Num(a.records));
    h.Markup("</td><td>").Text(Num(a.errors)).Markup("</td><td>").Text(Num(a.warnings));
    h.Markup("</td><td>");
    std::vector<std::pair<std::string, uint64_t>> fields(a.by_field.begin(), a.by_field.end());
    std::sort(fields.begin(), fields.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    for (size_t i = 0; i < fields.size() && i < 4; ++i) {
      h.Text((i ? ", " : "") + fields[i].first + " " + Num(fields[i].second));
    }
    h.Markup("</td></tr>");
  }
  h.Markup("</tbody></table>");

  h.Markup("<h2>รายฟิลด์ / By field</h2><table><thead><tr><th>Field</th><th>Records affected</th>"
           "<th>Rules</th></tr></thead><tbody>");
  for (const auto& f : r.fields) {
    h.Markup("<tr><td>").Text(f.field).Markup("</td><td>").Text(Num(f.records)).Markup("</td><td>");
    bool first = true;
    for (const auto& [rule, n] : f.by_rule) {
      h.Text((first ? "" : ", ") + rule + " " + Num(n));
      first = false;
    }
    h.Markup("</td></tr>");
  }
  h.Markup("</tbody></table>");

  h.Markup("<h2>ระเบียนที่ต้องแก้ไขมากที่สุด / Worst records</h2>");
  RecordRows(h, r.worst);
  if (!r.rejected_samples.empty()) {
    h.Markup("<h2>อ่านไม่ได้ / Unreadable records</h2><ul>");
    for (const auto& s : r.rejected_samples) h.Element("li", {}, s);
    h.Markup("</ul>");
  }
  h.Markup("</body></html>");
  return h.Finish();
}

std::shared_ptr<const QualityPage::Cached> QualityPage::Load(uint64_t generation,
                                                             const std::string& gen_dir) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (cached_ && cached_->generation == generation) return cached_;
  }
  std::ifstream in(gen_dir + "/" + search::kQualityFile, std::ios::binary);
  if (!in) return nullptr;
  std::stringstream buf;
  buf << in.rdbuf();
  auto report = catalog::QualityReportFromJson(buf.str());
  if (!report.ok()) return nullptr;
  auto fresh = std::make_shared<Cached>();
  fresh->generation = generation;
  fresh->json = buf.str();
  fresh->report = std::move(*report);
  std::lock_guard<std::mutex> lock(mu_);
  cached_ = fresh;
  return fresh;
}

HttpResponse QualityPage::Handle(const HttpRequest& req) {
  if (req.method != "GET" && req.method != "HEAD") return Plain(405, "Method not allowed\n");
  auto gen = search_.Current();
  if (!gen) return Plain(503, "no index is loaded\n");
  auto cached = Load(gen->number(), gen->dir());
  if (!cached) {
    return Plain(404, "no quality report for this index generation; rebuild it with a current "
                      "khonha-indexer (build or update writes one)\n");
  }
  HttpResponse r;
  const std::string* format = req.Query("format");
  if (format && *format == "json") {
    r.body = cached->json;
    return r;
  }
  r.content_type = "text/html;charset=utf-8";
  r.body = RenderQualityHtml(cached->report, cached->generation);
  return r;
}

}  // namespace khonha::server
