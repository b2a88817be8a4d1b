-- Moderation cases are no longer only product images: shop logos, and KYC documents of vendor
-- applications and shops, wait in the same queue. product_id stays filled for product images (its foreign key keeps
-- them honest); subject_kind and subject_id name what any case belongs to.
ALTER TABLE moderation_cases ADD COLUMN subject_kind text NOT NULL DEFAULT 'PRODUCT_IMAGE'
    CHECK (subject_kind IN ('PRODUCT_IMAGE', 'SHOP_LOGO', 'APPLICATION_KYC_DOCUMENT', 'SHOP_KYC_DOCUMENT'));
ALTER TABLE moderation_cases ADD COLUMN subject_id uuid;
UPDATE moderation_cases SET subject_id = product_id;
ALTER TABLE moderation_cases ALTER COLUMN subject_id SET NOT NULL;
ALTER TABLE moderation_cases ALTER COLUMN subject_kind DROP DEFAULT;
ALTER TABLE moderation_cases ALTER COLUMN product_id DROP NOT NULL;
ALTER TABLE moderation_cases ADD CHECK ((subject_kind = 'PRODUCT_IMAGE') = (product_id IS NOT NULL));
ALTER TABLE moderation_cases DROP CONSTRAINT moderation_cases_product_id_image_url_key;
CREATE UNIQUE INDEX moderation_cases_subject_image ON moderation_cases (subject_kind, subject_id, image_url);

-- Shops may show a logo, once moderation approves it (a SHOP_LOGO case of the shop).
ALTER TABLE shops ADD COLUMN logo_url text;
