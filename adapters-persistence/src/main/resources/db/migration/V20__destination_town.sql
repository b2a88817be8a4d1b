-- The delivery fee follows the town the order goes to. Orders placed before the town was asked
-- for were charged the fee of their shop's town, so that is the town they keep.
ALTER TABLE order_destinations ADD COLUMN town text;
UPDATE order_destinations d
   SET town = s.town
  FROM orders o JOIN shops s ON s.id = o.shop_id
 WHERE o.id = d.order_id;
ALTER TABLE order_destinations ALTER COLUMN town SET NOT NULL;
