-- A place's named region across admin lines (Eastern Ghouta, Qalamoun), as the geocoder gives it.
ALTER TABLE entities ADD COLUMN region TEXT;
