// piexifjs ships no types; only what gen-test-exif.ts uses.
declare module 'piexifjs' {
  const piexif: {
    ImageIFD: { Make: number; Model: number; Artist: number; ImageDescription: number; Software: number };
    ExifIFD: { DateTimeOriginal: number; BodySerialNumber: number; LensSerialNumber: number };
    GPSIFD: { GPSLatitudeRef: number; GPSLatitude: number; GPSLongitudeRef: number; GPSLongitude: number };
    dump(exif: Record<string, Record<number, unknown>>): string;
    insert(exif: string, jpeg: string): string;
  };
  export default piexif;
}
