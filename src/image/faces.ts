import type { FacePort } from './analyze-image.ts';
import type { Box, Raster } from './types.ts';

// face-api's tiny face detector, shared by the Node and browser hosts: each loads the API
// and the weights its own way, then detection is the same tensor in, boxes out.

export interface FaceApi {
  tf: {
    setPlatform(name: string, p: object): void;
    setBackend(b: string): Promise<boolean>;
    ready(): Promise<void>;
    io: { decodeWeights(buf: ArrayBuffer, specs: unknown): unknown };
    tensor3d(data: Uint8Array, shape: [number, number, number], dtype: 'int32'): { dispose(): void };
  };
  env: { setEnv(env: object): void };
  nets: { tinyFaceDetector: { loadFromWeightMap(w: unknown): Promise<void> } };
  detectAllFaces(input: unknown, options: unknown): Promise<Array<{ box: { x: number; y: number; width: number; height: number }; score: number }>>;
  TinyFaceDetectorOptions: new (o: { inputSize: number; scoreThreshold: number }) => unknown;
}

/** 416 is the detector's middle input size: small faces in ward photos still register. */
export const FACE_OPTIONS = { inputSize: 416, scoreThreshold: 0.5 };

export function facePort(load: () => Promise<FaceApi>): FacePort {
  return {
    async detect(r: Raster) {
      const api = await load();
      const rgb = new Uint8Array(r.width * r.height * 3);
      for (let i = 0, j = 0; i < r.data.length; i += 4, j += 3) {
        rgb[j] = r.data[i]!; rgb[j + 1] = r.data[i + 1]!; rgb[j + 2] = r.data[i + 2]!;
      }
      const t = api.tf.tensor3d(rgb, [r.height, r.width, 3], 'int32');
      try {
        const dets = await api.detectAllFaces(t, new api.TinyFaceDetectorOptions(FACE_OPTIONS));
        return dets.map((d): { box: Box; score: number } => ({ box: { x: d.box.x, y: d.box.y, w: d.box.width, h: d.box.height }, score: d.score }));
      } finally {
        t.dispose();
      }
    },
  };
}
