#include "server/web_labels.h"

namespace khonha::server {

namespace {
constexpr FieldLabel kLabels[] = {
    {"organization", "หน่วยงาน", "Organization"},
    {"groups", "กลุ่มชุดข้อมูล", "Groups"},
    {"tags", "คำสำคัญ", "Tags"},
    {"res_format", "รูปแบบไฟล์", "Formats"},
    {"license_id", "สัญญาอนุญาต", "License"},
    {"data_type", "ประเภทชุดข้อมูล", "Data Type"},
    {"data_category", "หมวดหมู่ข้อมูลตามธรรมาภิบาลข้อมูลภาครัฐ", "Data Category"},
    {"data_classification", "ระดับชั้นข้อมูล", "Data Classification"},
    {"objective", "วัตถุประสงค์", "Objective"},
    {"update_frequency_unit", "หน่วยความถี่ของการปรับปรุงข้อมูล", "Update Frequency Unit"},
    {"update_frequency_interval", "ค่าความถี่ของการปรับปรุงข้อมูล", "Update Frequency Interval"},
    {"geo_coverage", "ขอบเขตเชิงภูมิศาสตร์หรือเชิงพื้นที่", "Geo Coverage"},
    {"data_source", "แหล่งที่มา", "Data Source"},
    {"data_format", "รูปแบบการเก็บข้อมูล", "Data Format"},
    {"data_language", "ภาษาที่ใช้", "Data Language"},
    {"disaggregate", "การจัดจำแนก", "Disaggregate"},
    {"high_value_dataset", "ชุดข้อมูลที่มีคุณค่าสูง", "High Value Dataset"},
    {"data_support", "ผู้สนับสนุนหรือผู้ร่วมดำเนินการ", "Data Support"},
    {"data_collect", "หน่วยที่ย่อยที่สุดของการจัดเก็บข้อมูล", "Data Collect"},
    {"first_year_of_data", "ปีที่เริ่มต้นจัดทำข้อมูล", "First year of data"},
    {"last_year_of_data", "ปีล่าสุดที่จัดทำข้อมูล", "Last year of data"},
    {"official_statistics", "สถิติทางการ", "Official Statistics"},
    {"maintainer", "ชื่อฝ่ายงานสำหรับติดต่อ", "Contact Person"},
    {"maintainer_email", "อีเมลสำหรับติดต่อ", "Contact Email"},
    {"metadata_modified", "ปรับปรุงล่าสุด", "Last modified"},
    {"metadata_created", "สร้างเมื่อ", "Created"},
};
}  // namespace

FieldLabel LabelOf(std::string_view field) {
  for (const auto& l : kLabels) {
    if (l.field == field) return l;
  }
  return {field, field, field};
}

}  // namespace khonha::server
