/** The meeting most end-to-end tests create: the provincial PLM of the foundation issue. */
export const LAMPUNG = { title: 'PLM Provinsi Lampung 2019', startDate: '2019-10-15', endDate: '2019-10-17', venue: 'Hotel Novotel, Bandar Lampung' };
