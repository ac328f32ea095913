import path from 'node:path';

/**
 * Where the bundled files are. Main runs as `dist/electron/main.cjs` (from the project folder in
 * development, from the asar in a package), so everything is found relative to its own folder.
 * The bundled curator collection sits next to the asar in a package (`extraResources`), so that a
 * technician can read it, and in the project folder in development.
 */
export interface KioskPaths {
  rendererRoot: string;
  preload: string;
  collectionWorker: string;
  bundledCollection: string;
}

export function resolveKioskPaths(
  isPackaged: boolean,
  mainDir: string = __dirname,
  resourcesPath: string = process.resourcesPath,
): KioskPaths {
  return {
    rendererRoot: path.join(mainDir, '..', 'renderer'),
    preload: path.join(mainDir, 'preload.cjs'),
    // Unpacked from the asar in a package (see asarUnpack in electron-builder.yml).
    collectionWorker: path.join(
      isPackaged ? mainDir.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked') : mainDir,
      'collection-worker.cjs',
    ),
    bundledCollection: isPackaged
      ? path.join(resourcesPath, 'collection')
      : path.join(mainDir, '..', '..', 'collection'),
  };
}
