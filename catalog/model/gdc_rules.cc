#include "catalog/model/gdc_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include "catalog/model/schema.h"

namespace khonha::catalog {
namespace {

using Choices = std::vector<std::string_view>;

// Allowed values of the GD-Catalog choice fields (the schema's choice lists;
// both schema variants' values are accepted).
struct ChoiceRule {
  std::string_view field;
  Choices values;
};

const std::vector<ChoiceRule>& ChoiceRules() {
  static const std::vector<ChoiceRule> rules = {
      {"data_type",
       {"ข้อมูลระเบียน", "ข้อมูลสถิติ", "ข้อมูลภูมิสารสนเทศเชิงพื้นที่", "ข้อมูลหลากหลายประเภท",
        "ข้อมูลประเภทอื่นๆ"}},
      {"objective",
       {"ยุทธศาสตร์ชาติ", "แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ", "แผนความมั่นคงแห่งชาติ",
        "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ", "แผนปฏิรูปประเทศ", "แผนระดับที่ 3 (มติครม. 4 ธ.ค. 2560)",
        "นโยบายรัฐบาล/ข้อสั่งการนายกรัฐมนตรี", "มติคณะรัฐมนตรี", "เพื่อการให้บริการประชาชน",
        "กฎหมายที่เกี่ยวข้อง", "พันธกิจหน่วยงาน", "ดัชนี/ตัวชี้วัดระดับนานาชาติ", "ไม่ทราบ", "อื่นๆ"}},
      {"update_frequency_unit",
       {"ไม่ทราบ", "ปี", "ครึ่งปี", "ไตรมาส", "เดือน", "สัปดาห์", "วัน", "วันทำการ", "ชั่วโมง", "นาที",
        "ตามเวลาจริง", "ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล", "อื่นๆ"}},
      {"geo_coverage",
       {"ไม่มี", "โลก", "ทวีป/กลุ่มประเทศในทวีป", "กลุ่มประเทศทางเศรษฐกิจ", "ประเทศ", "ภาค", "จังหวัด",
        "อำเภอ", "ตำบล", "หมู่บ้าน", "เทศบาล/อบต.", "พิกัด", "ไม่ทราบ", "อื่นๆ"}},
      {"data_format",
       {"Database", "CSV", "XML", "Image", "Video", "Audio", "Text", "JSON", "HTML", "DOC/DOCX",
        "XLS", "PDF", "RDF", "NoSQL", "Arc/Info Coverage", "Shapefile", "GeoTiff", "GML",
        "ไม่ทราบ", "อื่นๆ"}},
      {"data_category",
       {"ข้อมูลสาธารณะ", "ข้อมูลใช้ภายใน", "ข้อมูลส่วนบุคคล", "ข้อมูลความมั่นคง", "ข้อมูลความลับทางราชการ"}},
      {"data_classification", {"เปิดเผย", "ชั้นเผยแพร่ภายในองค์กร", "ลับ", "ลับมาก", "ลับที่สุด"}},
      {"data_language",
       {"ไทย", "อังกฤษ", "จีน", "มลายู", "พม่า", "ลาว", "เขมร", "ญี่ปุ่น", "เกาหลี", "ฝรั่งเศส",
        "เยอรมัน", "อารบิก", "ไม่ทราบ", "อื่นๆ"}},
      {"disaggregate",
       {"ไม่มี", "เพศ", "อายุ/กลุ่มอายุ", "สถานภาพสมรส", "ศาสนา", "ระดับการศึกษา", "อาชีพ",
        "สถานภาพการทำงาน", "อุตสาหกรรม/ประเภทกิจการ", "รายได้", "ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่",
        "ผลิตภัณฑ์", "ไม่ทราบ", "อื่นๆ"}},
      {"data_support",
       {"ไม่มี", "หน่วยงานของรัฐ", "หน่วยงานเอกชน", "หน่วยงาน/องค์กรระหว่างประเทศ", "มูลนิธิ/สมาคม",
        "สถาบันการศึกษา", "อื่นๆ"}},
      {"unit_of_multiplier",
       {"หน่วย", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน", "สิบล้าน", "ร้อยล้าน", "พันล้าน",
        "หมื่นล้าน", "แสนล้าน", "ล้านล้าน", "ไม่ทราบ", "อื่นๆ"}},
  };
  return rules;
}

// Licences: the GD-Catalog list plus CKAN's stock licence ids.
constexpr std::array<std::string_view, 22> kKnownLicenses = {
    "Open Data Common", "Creative Commons Attributions",
    "Creative Commons Attribution Non-Commercial", "Creative Commons Attribution Share-Alike",
    "Creative Commons Attribution Non-Commercial Share-Alike",
    "Creative Commons Attribution Non-Commercial No-Derivs", "Creative Commons Attribution No-Derivs",
    "อื่นๆ", "License not specified", "cc-by", "cc-by-sa", "cc-zero", "cc-nc", "odc-by", "odc-odbl",
    "odc-pddl", "other-open", "other-pd", "other-at", "other-nc", "other-closed", "notspecified"};

// Upper-case format names; the first group is machine-readable.
constexpr std::array<std::string_view, 26> kMachineReadable = {
    "CSV", "TSV", "JSON", "GEOJSON", "XML", "XLS", "XLSX", "ODS", "RDF", "TTL", "JSON-LD", "API",
    "KML", "KMZ", "GML", "SHP", "SHAPEFILE", "WMS", "WFS", "GEOTIFF", "PARQUET", "SQL",
    "DATABASE", "TXT", "ESRI REST", "GPKG"};
constexpr std::array<std::string_view, 16> kOtherFormats = {
    "PDF", "DOC", "DOCX", "ZIP", "RAR", "7Z", "HTML", "JPG", "JPEG", "PNG", "GIF", "TIF",
    "TIFF", "PPT", "PPTX", "MP4"};

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  while (!out.empty() && out.front() == '.') out.erase(0, 1);
  return out;
}

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

bool ValidEmail(std::string_view s) {
  const size_t at = s.find('@');
  if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  std::string_view domain = s.substr(at + 1);
  const size_t dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  return std::none_of(s.begin(), s.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';' || c == '<';
  });
}

// Thai numbers: 9–10 digits (0x xxx xxxx, 02 xxx xxxx), optional +66, an
// extension ("ต่อ 123", "ext. 12"); several numbers may be separated by , or /.
bool ValidTelephone(std::string_view s) {
  std::string rest(s);
  for (std::string_view word : {"ต่อ", "ext.", "ext", "Ext.", "Ext"}) {
    for (size_t p; (p = rest.find(word)) != std::string::npos;) rest.replace(p, word.size(), " ");
  }
  int digits = 0;
  for (char c : rest) {
    if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
    else if (!std::strchr(" -+()/,.#", c)) return false;
  }
  return digits >= 9;
}

bool ValidYear(std::string_view s) {
  return s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void Add(std::vector<Finding>& out, std::string field, std::string rule, Severity sev,
         std::string message) {
  out.push_back({std::move(field), std::move(rule), sev, std::move(message)});
}

void Required(std::vector<Finding>& out, std::string_view field, bool present) {
  if (!present) {
    Add(out, std::string(field), "required", Severity::kError,
        "required field " + std::string(field) + " is missing");
  }
}

}  // namespace

const std::string* RecordFacts::Scalar(std::string_view name) const {
  for (const auto& [k, v] : scalars) {
    if (k == name) return &v;
  }
  return nullptr;
}

const std::vector<std::string>& FactFieldNames() {
  static const std::vector<std::string> names = {
      "owner_org", "telephone_number", "created_date", "last_updated_date",
      "data_release_calendar", "data_release_date"};
  return names;
}

const char* SeverityName(Severity s) { return s == Severity::kError ? "error" : "warning"; }

bool IsMachineReadableFormat(std::string_view format) { return In(kMachineReadable, Upper(format)); }

bool IsKnownFormat(std::string_view format) {
  const std::string u = Upper(format);
  return In(kMachineReadable, u) || In(kOtherFormats, u);
}

std::vector<Finding> ValidateDataset(const Dataset& d, const RecordFacts& facts) {
  std::vector<Finding> out;
  if (!facts.has_id) {
    Add(out, "id", "no_id", Severity::kWarning,
        "record has no id; its name \"" + d.name + "\" is used as the id");
  }
  // Required fields (GD-Catalog marks these required).
  Required(out, "title", !d.title.empty());
  Required(out, "notes", !d.notes.empty());
  Required(out, "owner_org", !d.organization.id.empty() || !d.organization.name.empty() ||
                                 !d.organization.title.empty());
  Required(out, "maintainer", !d.maintainer.empty());
  Required(out, "maintainer_email", !d.maintainer_email.empty());
  Required(out, "tags", !d.tags.empty());
  Required(out, "license_id", !d.license_id.empty());
  for (std::string_view f : {"data_type", "objective", "update_frequency_unit", "geo_coverage",
                             "data_source", "data_format", "data_category"}) {
    Required(out, f, !d.GdcValues(f).empty());
  }
  // Choice lists.
  for (const ChoiceRule& rule : ChoiceRules()) {
    for (const auto& v : d.GdcValues(rule.field)) {
      if (std::find(rule.values.begin(), rule.values.end(), v) == rule.values.end()) {
        Add(out, std::string(rule.field), "choice", Severity::kError,
            std::string(rule.field) + " \"" + v + "\" is not one of the GD-Catalog choices");
      }
    }
  }
  // Formats of contact data and dates.
  for (const auto& [field, value] :
       {std::pair<const char*, const std::string*>{"maintainer_email", &d.maintainer_email},
        {"author_email", &d.author_email}}) {
    if (!value->empty() && !ValidEmail(*value)) {
      Add(out, field, "email", Severity::kError, std::string(field) + " \"" + *value +
                                                     "\" is not an e-mail address");
    }
  }
  if (const auto* tel = facts.Scalar("telephone_number"); tel && !tel->empty() && !ValidTelephone(*tel)) {
    Add(out, "telephone_number", "telephone", Severity::kError,
        "telephone_number \"" + *tel + "\" is not a telephone number");
  }
  for (const auto& [field, value] :
       {std::pair<const char*, const std::string*>{"metadata_created", &d.metadata_created},
        {"metadata_modified", &d.metadata_modified}}) {
    if (!value->empty() && NormalizeTimestamp(*value).empty()) {
      Add(out, field, "date", Severity::kError, std::string(field) + " \"" + *value + "\" is not a date");
    }
  }
  for (std::string_view field : {"created_date", "last_updated_date", "data_release_calendar",
                                 "data_release_date"}) {
    const auto* v = facts.Scalar(field);
    if (v && !v->empty() && NormalizeTimestamp(*v).empty()) {
      Add(out, std::string(field), "date", Severity::kError,
          std::string(field) + " \"" + *v + "\" is not a date (YYYY-MM-DD)");
    }
  }
  for (std::string_view field : {"first_year_of_data", "last_year_of_data"}) {
    for (const auto& v : d.GdcValues(field)) {
      if (!ValidYear(v)) {
        Add(out, std::string(field), "year", Severity::kError,
            std::string(field) + " \"" + v + "\" is not a four-digit year");
      }
    }
  }
  if (!d.license_id.empty() && !In(kKnownLicenses, d.license_id)) {
    Add(out, "license_id", "license", Severity::kError,
        "license_id \"" + d.license_id + "\" is not a known licence");
  }
  // Resources.
  if (d.resources.empty()) {
    Add(out, "resources", "no_resources", Severity::kWarning, "dataset has no resources");
  }
  bool machine_readable = false;
  for (size_t i = 0; i < d.resources.size(); ++i) {
    const Resource& r = d.resources[i];
    const std::string where = "resources[" + std::to_string(i) + "]";
    if (r.url.empty()) {
      Add(out, where + ".url", "resource_url", Severity::kError, where + " has no URL");
    }
    if (r.format.empty()) {
      Add(out, where + ".format", "resource_format", Severity::kError, where + " has no format");
    } else if (!IsKnownFormat(r.format)) {
      Add(out, where + ".format", "format_unknown", Severity::kWarning,
          where + " format \"" + r.format + "\" is not a known file format" +
              (Upper(r.format) == "XSL" ? " (XLS?)" : ""));
    }
    if (IsMachineReadableFormat(r.format)) machine_readable = true;
  }
  if (!d.resources.empty() && !machine_readable) {
    Add(out, "resources", "machine_readable", Severity::kWarning,
        "no resource is in a machine-readable format (CSV, JSON, XLSX, XML, …)");
  }
  return out;
}

}  // namespace khonha::catalog
