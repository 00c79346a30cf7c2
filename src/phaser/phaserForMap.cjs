/**
 * The Phaser the map loads: vite.config.ts points `phaser` here. Only what src/scenes uses
 * (checked with a search of every Phaser name and every scene.add/load call there): the game, the
 * scene with its default plugins, the loader with JSON and SVG files, Image and Graphics objects,
 * tweens, input and the scale manager. Left out, because the map draws none of them: tilemaps,
 * particles, text and bitmap text, video, shapes, meshes, the DOM element, curves, the physics
 * engines, sound (Howler plays the sounds), actions and the other loader file types.
 *
 * CommonJS, as Phaser's own entry files are: each required module registers itself (a scene
 * plugin in the plugin cache, a game object in the factory, a file type in the loader) when it
 * loads, so what is not required here is not in the build.
 */
var CONST = require('phaser-src/const');
var Extend = require('phaser-src/utils/object/Extend');

// First, as in Phaser's own entry: the renderers' modules require one another in a circle, and
// entered anywhere else (from the game) a batch handler is defined before the class it extends.
var Renderer = require('phaser-src/renderer');

// The plugins of every scene (phaser/src/plugins/DefaultPlugins.js lists them): registered on load.
// A scene skips a listed plugin nobody registered (PluginManager.addToScene), so two are left out:
// the lights (the map lights nothing; the WebGL renderer checks for a missing light manager) and
// the scene's data manager (the scenes keep their state in fields; `this.data` is never read).
// The clock (`this.time`) and the tweens stay: MapScene, mapCamera and pieces/motion use them.
require('phaser-src/events/EventEmitter');
require('phaser-src/cameras/2d/CameraManager');
require('phaser-src/gameobjects/GameObjectCreator');
require('phaser-src/gameobjects/GameObjectFactory');
require('phaser-src/scene/ScenePlugin');
require('phaser-src/gameobjects/DisplayList');
require('phaser-src/gameobjects/UpdateList');
require('phaser-src/time/Clock');
require('phaser-src/input/InputPlugin');
require('phaser-src/loader/LoaderPlugin');
require('phaser-src/tweens/TweenManager');

// What the Boot scene loads: the region (JSON) and the unit symbols (SVG).
require('phaser-src/loader/filetypes/JSONFile');
require('phaser-src/loader/filetypes/SVGFile');

// What the map draws: images (pieces, glides, flashes) and graphics (leaders, brackets, cards).
require('phaser-src/gameobjects/image/ImageFactory');
require('phaser-src/gameobjects/graphics/GraphicsFactory');

var Phaser = {
    Core: require('phaser-src/core'),
    Game: require('phaser-src/core/Game'),
    GameObjects: {
        Image: require('phaser-src/gameobjects/image/Image'),
        Graphics: require('phaser-src/gameobjects/graphics/Graphics')
    },
    Input: { Events: require('phaser-src/input/events') },
    Loader: { Events: require('phaser-src/loader/events') },
    Renderer: Renderer,
    Scale: require('phaser-src/scale'),
    Scene: require('phaser-src/scene/Scene'),
    Scenes: require('phaser-src/scene'),
    Structs: { Size: require('phaser-src/structs/Size') }
};

module.exports = Extend(false, Phaser, CONST);
