import './ui/styles/fonts.css';
import './ui/styles/base.css';
import './ui/styles/hud.css';
import './ui/styles/panels.css';
import './ui/styles/title.css';
import './ui/styles/dialogs.css';
import './ui/styles/classroom.css';
import './ui/styles/kit.css';
import './ui/styles/live.css';
import './ui/styles/moments.css';
import { boot } from './app/boot';

boot(document.getElementById('app')!);
