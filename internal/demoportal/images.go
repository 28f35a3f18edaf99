package demoportal

import (
	"bytes"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
)

// imageVariants is how many distinct JPEGs the portal serves; an image name
// picks one by its first byte.
const imageVariants = 8

// makeImages draws small real JPEGs: a sky-and-ground scene in a few tints.
func makeImages() ([][]byte, error) {
	out := make([][]byte, imageVariants)
	for v := range out {
		img := image.NewRGBA(image.Rect(0, 0, 96, 64))
		for y := range 64 {
			for x := range 96 {
				c := color.RGBA{R: uint8(40 + 20*v), G: uint8(90 + y), B: uint8(200 - 2*y), A: 255}
				if y > 40+(x*v)%7 {
					c = color.RGBA{R: uint8(120 + x/2), G: uint8(100 + 10*v), B: 60, A: 255}
				}
				img.Set(x, y, c)
			}
		}
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 70}); err != nil {
			return nil, fmt.Errorf("encode jpeg: %w", err)
		}
		out[v] = buf.Bytes()
	}
	return out, nil
}

// imageName is the 32-hex md5 name of image i of an article (0 = lead image).
func imageName(slug string, code, i int) string {
	key := fmt.Sprintf("%s/%d", slug, code)
	if i > 0 {
		key = fmt.Sprintf("%s/%d", key, i)
	}
	sum := md5.Sum([]byte(key))
	return hex.EncodeToString(sum[:])
}

// imageVariant reports which JPEG a 32-hex name maps to, or false when the
// name is not 32 lowercase hex digits.
func imageVariant(name string) (int, bool) {
	if len(name) != 32 {
		return 0, false
	}
	b, err := hex.DecodeString(name)
	if err != nil || hex.EncodeToString(b) != name {
		return 0, false
	}
	return int(b[0]) % imageVariants, true
}
