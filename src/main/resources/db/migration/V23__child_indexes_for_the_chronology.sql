-- The chronology and the case summary read a child's assessments and reviews by child; without these indexes each
-- read scanned the whole table (62 ms for one child's assessments with 300,000 children: docs/performance.md).
create index assessment_child_idx on assessment (child_id, submitted_on);
create index review_child_idx on review (child_id, reviewed_on);
