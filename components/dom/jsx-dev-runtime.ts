// The development entry of the card's DOM JSX runtime (test and dev builds ask for this name).
export * from './jsx-runtime';
