/** A small gazetteer for the model, features and gazetteer tests. */
export const gazData = {
  lists: { first: ["John", "Abdelhak"], country: ["Morocco", "United States"], city: ["New York", "Paris"], title: ["President", "Mr."], demonym: ["Moroccan"] },
  casing: { lower: ["the", "said", "take", "over"], title: ["Paris", "London"], upper: ["NATO"], mixed: ["McDonald"] },
};
