// Jest setup for every test file: the testing library's waits allow for a busy machine (two cores
// running jest workers and a build), instead of its one-second default.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5000 });
