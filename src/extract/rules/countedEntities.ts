// "16个区", "30个单位", "186个社区": after 个 the noun says what is counted. When it is a place or an
// organisation, the number counts those, not sessions, events or cases — whatever the clause is about.
export const ENTITY_MEASURE_WORDS: ReadonlySet<string> = new Set(['个', '家']);

export const ENTITY_NOUN =
  /^(区|县|市|省|街道|街镇|镇|乡|村|居委|社区|小区|园区|片区|单位|部门|委办局|机关|企业|公司|学校|院校|医院|科室|处室|站|所|中心|基地|阵地|窗口|网格|点位|平台|项目|领域|行业|业态|家庭|群|组|队|团|协会|商会)/;
